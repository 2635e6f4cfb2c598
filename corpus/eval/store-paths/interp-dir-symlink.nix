"${./fixtures/tree/dirlink}"
