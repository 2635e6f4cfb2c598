[ (toString ./fixtures/plain.txt == "${builtins.toString ./fixtures/plain.txt}") (builtins.hasContext (toString ./fixtures/plain.txt)) ]
