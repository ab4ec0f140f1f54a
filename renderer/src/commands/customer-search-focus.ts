/**
 * "Search customers" asks the matching feature to focus its search field. The feature can
 * adopt either side: render `data-testid="customer-search"` on the input (focused directly),
 * or listen with `onCustomerSearchFocusRequest` and focus whatever it likes.
 */
export const CUSTOMER_SEARCH_FOCUS_EVENT = 'firebreak:customer-search-focus';
const SEARCH_SELECTOR = '[data-testid="customer-search"]';

/** Dispatches the request and focuses the search field if one is on screen. */
export function requestCustomerSearchFocus(): boolean {
  window.dispatchEvent(new CustomEvent(CUSTOMER_SEARCH_FOCUS_EVENT));
  const field = document.querySelector<HTMLElement>(SEARCH_SELECTOR);
  if (field === null) return false;
  // antd may put the test id on a wrapper: focus the input inside it.
  const input = field.matches('input, textarea')
    ? field
    : (field.querySelector<HTMLElement>('input, textarea') ?? field);
  input.focus();
  return true;
}

/** Subscribes to focus requests; returns an unsubscribe. */
export function onCustomerSearchFocusRequest(listener: () => void): () => void {
  window.addEventListener(CUSTOMER_SEARCH_FOCUS_EVENT, listener);
  return () => window.removeEventListener(CUSTOMER_SEARCH_FOCUS_EVENT, listener);
}
