/**
 * Feedback routing (分拨): which department must answer a piece of feedback, and which service
 * guide it concerns. Pure: no database, no I/O; the triage pipeline builds the context from the
 * departments and guides it has loaded. See docs/feedback-topics.md.
 */
export { buildRoutingContext, type RoutingContext, type RoutingDepartment, type RoutingGuide, type RoutingOptions } from './context'
export { explainRoute, route, type RouteExplanation, type RouteHint, type RouteResult } from './route'
