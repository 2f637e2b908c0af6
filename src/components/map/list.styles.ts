import { css } from 'lit';

/** The list of places and the kind shapes (shape and text, never colour alone). */
export default css`
  /* List */

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
  }

  .item {
    padding-block: calc(0.5 * var(--_buurt-rem));
    border-block-end: 1px solid var(--_color-border);
  }

  .item__title {
    font-size: 1em;
  }

  .item__open {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_target-size);
    padding: calc(0.25 * var(--_buurt-rem)) 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .item__open:hover {
    text-decoration-thickness: 3px;
  }

  .item__line {
    font-size: 0.9375em;
  }

  /* The words say open or closed; a colour would only repeat it for some readers. */
  .item__open-status {
    font-weight: 600;
  }

  .no-location {
    font-style: italic;
    color: var(--_color-muted);
  }

  .more-button {
    margin-block-start: calc(0.75 * var(--_buurt-rem));
    inline-size: 100%;
  }

  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(0.5 * var(--_buurt-rem));
    padding: var(--_space);
    background: var(--_color-surface);
    border-radius: var(--_radius);
  }

  /* Kind shapes: shape and text, never colour alone. */

  .kind {
    display: flex;
    align-items: center;
    gap: calc(0.375 * var(--_buurt-rem));
  }

  .kind-shape {
    display: inline-block;
    flex: none;
    inline-size: calc(0.875 * var(--_buurt-rem));
    block-size: calc(0.875 * var(--_buurt-rem));
    border: 2px solid #fff;
    outline: 1px solid currentColor;
  }

  .kind-shape--informal-initiative {
    border-radius: 50%;
    background: var(--_color-informal);
  }

  /* Turned, its corners reach a tenth of its width past its box: the margin keeps them inside
     the element (at the edge of a right-to-left legend they made it 3px too wide in Firefox). */
  .kind-shape--volunteer-organisation {
    background: var(--_color-volunteer);
    transform: rotate(45deg) scale(0.85);
    margin-inline: calc(0.1 * var(--_buurt-rem));
  }

  .kind-shape--professional-service {
    background: var(--_color-professional);
  }
`;
