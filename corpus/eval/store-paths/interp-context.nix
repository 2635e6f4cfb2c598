builtins.getContext "${./fixtures/tree}"
