1.5 * null
