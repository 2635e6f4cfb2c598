builtins.concatStringsSep ", " [ "a" "b" (builtins.substring 1 2 "hello") (builtins.replaceStrings ["l"] ["L"] "hello") ]
