removeAttrs { a = 1; } [ 1 ]
