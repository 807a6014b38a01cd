"""Classes from aws-fortuna."""
