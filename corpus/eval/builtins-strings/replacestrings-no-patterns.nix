builtins.replaceStrings [ ] [ ] "same"
