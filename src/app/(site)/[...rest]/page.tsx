import { notFound } from 'next/navigation'

// Any path no other route claims gets the site's Chinese 404 (inside this group's <html lang>)
// instead of Next's bare English one.
export default function UnknownPage() {
  notFound()
}
