"""GET /api/v1/health: for monitoring, no token."""

from fastapi import APIRouter

from kiosk.hq.api_models import Health

router = APIRouter(tags=["monitoring"])


@router.get("/health", response_model=Health)
def health() -> dict[str, str]:
    """The server is up (no token needed)."""
    return {"status": "ok"}
