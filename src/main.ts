import { mount } from 'svelte';
import App from './ui/App.svelte';
import { offlineStateContext } from './platform/pwa/offline-context.ts';
import { OfflineState } from './platform/pwa/offline-state.svelte.ts';
import { startOfflineSupport } from './platform/pwa/offline-support.ts';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element.');
const offline = new OfflineState();
mount(App, { target, context: offlineStateContext(offline) });
startOfflineSupport(offline);
