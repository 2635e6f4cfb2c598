removeAttrs { a = 1; } [ "z" "y" ]
