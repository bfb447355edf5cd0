from django.urls import include, path

from . import views

urlpatterns = [
    path("v1/chat/completions", views.chat_completions),
    path("v1/responses", views.responses),
    path("v1/messages", views.messages),
    path("v1beta/models/<str:target>", views.gemini),  # Gemini: {model}:generateContent, :streamGenerateContent
    path("health", views.health),
    path("aiwarden/", include("aiwarden.console.django")),  # the operator page (policy [console])
]
