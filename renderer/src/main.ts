// Renderer entry: mounts the Svelte app. Talks to the rest of the app only through window.scopewise (or serve's HTTP bridge).
import './app.css';

import { draft } from './lib/draft.svelte';

// Before the first screen mounts: its first call waits for this (draft.settle()).
draft.resumeClosingDiscard();

import { mount } from 'svelte';

import App from './App.svelte';

const target = document.getElementById('app');
if (target === null) throw new Error('missing #app');
mount(App, { target });
