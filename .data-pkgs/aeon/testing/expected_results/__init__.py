"""Expected results for estimators and utilities to generate them."""
