"héllo wörld — 日本語 🎉 ∀x∈ℕ"
