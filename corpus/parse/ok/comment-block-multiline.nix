/*
 * doc comment
 * more
 */
{ a = 1; }
