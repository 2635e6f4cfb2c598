"a${b}c"
