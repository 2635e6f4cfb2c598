builtins.getContext (builtins.toXML [ "${builtins.toFile "f" "x"}" ])
