builtins.toXML [ builtins.add (builtins.add 1) builtins.toXML ]
