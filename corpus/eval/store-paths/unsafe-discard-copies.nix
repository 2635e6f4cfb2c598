builtins.unsafeDiscardStringContext ./fixtures/plain.txt
