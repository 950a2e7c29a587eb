import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // <night-leg-cramps> is a custom element, not a Vue component.
        compilerOptions: { isCustomElement: (tag) => tag === 'night-leg-cramps' },
      },
    }),
  ],
});
