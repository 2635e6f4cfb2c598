builtins.match "[\xc3][\xa0-\xbf]" "é"
