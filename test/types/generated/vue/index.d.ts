// The two names the generated Vue declarations use, enough to type-check them without Vue.
export type DefineComponent<Props = object> = new () => { $props: Props };
export interface GlobalComponents {}
