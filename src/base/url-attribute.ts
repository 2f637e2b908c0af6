/**
 * A URL attribute as a CMS may have left it: WordPress turns `src="…"` into `src=”…”`,
 * which the HTML parser reads as an unquoted value with the curly quotes inside it; editors
 * paste URLs with spaces around them. Both would otherwise become a 404 on a made-up path.
 *
 * Apart from the element base, so the script-tag autoloader reads `src` exactly as the
 * element will, without loading Lit.
 */
export function cleanUrlAttribute(value: string | null | undefined): string {
  return (value ?? '').trim().replace(/^[\s"'“”„‘’″]+|[\s"'“”„‘’″]+$/gu, '');
}
