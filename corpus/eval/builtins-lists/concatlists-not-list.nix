builtins.concatLists 1
