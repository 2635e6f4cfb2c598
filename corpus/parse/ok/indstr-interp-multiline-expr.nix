let xs = [ "a" "b" ]; in ''
  ${builtins.concatStringsSep "\n" (map (x:
    "item ${x}") xs)}
''
