// What a Vite + Vue project has in env.d.ts: .vue files are components.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
