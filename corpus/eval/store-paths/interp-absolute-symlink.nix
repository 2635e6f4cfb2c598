"${./fixtures/abs-link}"
