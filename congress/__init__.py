"""congress: prepare the ward congresses of the Vietnam Fatherland Front (MTTQ)."""

__version__ = "0.1.0"
