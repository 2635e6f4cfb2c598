false || false || true
