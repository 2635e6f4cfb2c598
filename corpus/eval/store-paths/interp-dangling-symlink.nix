"${./fixtures/dangling}"
