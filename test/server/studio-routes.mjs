// Studio routes (owner: studio-core): /studio.css is the studio's stylesheet exactly as the
// build joins it (scripts/studio-css.mjs), so axe in the studio tests sees the real colours.
import { studioCss } from '../../scripts/studio-css.mjs';

/** @type {import('koa').Middleware[]} */
export const studioRoutes = [
  async (ctx, next) => {
    if (ctx.path !== '/studio.css') return next();
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/css';
    ctx.body = studioCss();
  },
];
