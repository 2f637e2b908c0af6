// Loaded by csp.test.ts inside its strict-CSP frame: records violations from the start, then
// registers <buurt-map> there.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
void import('../../../src/components/map/map.ts');
