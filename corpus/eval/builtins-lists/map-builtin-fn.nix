map builtins.typeOf [ 1 "a" null [ ] { } 1.5 true ]
