import { mount } from 'svelte';
import App from './ui/App.svelte';
import { startOfflineSupport } from './platform/pwa/offline-support.ts';
import { OfflineState } from './state/offline-state.svelte.ts';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element.');
const offline = new OfflineState();
mount(App, { target, props: { offline } });
startOfflineSupport((status) => (offline.status = status));
