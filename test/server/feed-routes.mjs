// Feed routes under /test-api/feed/… (owner: feed loading tests).
export const feedRoutes = [];
