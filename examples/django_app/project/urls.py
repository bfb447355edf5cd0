from django.urls import path

from . import views

urlpatterns = [
    path("v1/chat/completions", views.chat_completions),
    path("v1/messages", views.messages),
    path("health", views.health),
]
