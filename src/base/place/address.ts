import type { Place } from '../../feed/types.js';

/** "Hinthamerstraat 12, 5211 MR 's-Hertogenbosch" from the parts that are there; '' without any. */
export function addressLine(place: Place): string {
  const address = place.address;
  if (!address) return '';
  const town = [address.postcode, address.city].filter(Boolean).join(' ');
  return [address.street, town].filter(Boolean).join(', ');
}
