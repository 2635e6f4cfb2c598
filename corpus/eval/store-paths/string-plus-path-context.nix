builtins.getContext ("prefix-" + ./fixtures/plain.txt)
