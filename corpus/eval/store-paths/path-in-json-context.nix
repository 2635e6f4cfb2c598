builtins.getContext (builtins.toJSON [ ./fixtures/plain.txt ])
