builtins.concatStringsSep "/" [ /nonexistent-nixtwin-case "b" ]
