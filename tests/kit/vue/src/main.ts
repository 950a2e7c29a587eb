// The Vue host page of the kit test: the README's Vue example, mounted.
import { createApp } from 'vue';
import LegCrampsGuide from './examples/LegCrampsGuide.vue';

createApp(LegCrampsGuide).mount('#app');
