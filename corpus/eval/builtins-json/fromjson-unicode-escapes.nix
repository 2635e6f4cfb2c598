builtins.fromJSON ''"\u00e9\u2603\ud83d\ude00\n\t\/\""''
