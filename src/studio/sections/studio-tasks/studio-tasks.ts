import { StudioTasks } from './studio-tasks.component.js';

if (!customElements.get('studio-tasks')) customElements.define('studio-tasks', StudioTasks);

declare global {
  interface HTMLElementTagNameMap {
    'studio-tasks': StudioTasks;
  }
}

export { StudioTasks };
