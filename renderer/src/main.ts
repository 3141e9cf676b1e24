// Renderer entry: mounts the Svelte app. Talks to the rest of the app only through window.scopewise (or serve's HTTP bridge).
import './app.css';

import { draft } from './lib/draft.svelte';
import { uiLanguage } from './lib/i18n.svelte';

// The page speaks the app's language from its first paint (screen readers, hyphenation); the settings may change it.
document.documentElement.lang = uiLanguage.current;

// Before the first screen mounts: its first call waits for this (draft.settle()).
draft.resumeClosingDiscard();

import { mount } from 'svelte';

import App from './App.svelte';

const target = document.getElementById('app');
if (target === null) throw new Error('missing #app');
mount(App, { target });
