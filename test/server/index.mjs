// Routes the browser tests talk to over real HTTP on 127.0.0.1. Each area keeps its own file.
import { feedRoutes } from './feed-routes.mjs';
import { signupRoutes } from './signup-routes.mjs';
import { mapRouteList } from './map-routes.mjs';
import { sourceRoutes } from './sources-routes.mjs';
import { pdokRouteList } from './pdok-routes.mjs';
import { studioRoutes } from './studio-routes.mjs';

/** @type {import('koa').Middleware[]} */
export const testRoutes = [...feedRoutes, ...signupRoutes, ...mapRouteList, ...sourceRoutes, ...pdokRouteList, ...studioRoutes];
