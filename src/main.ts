/**
 * Browser entry: loads the styles and boots the app (start screen, then the game).
 */
import './ui/zodConfig.js';
import './ui/styles.css';
import { App } from './ui/app.js';

void new App().boot();
