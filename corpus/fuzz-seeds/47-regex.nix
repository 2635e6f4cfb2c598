builtins.match "a(b*)c" "abbbc"
